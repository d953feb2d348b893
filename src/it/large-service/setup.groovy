// 300 integrations, API Gateway's default quota: written here rather than kept as a 2,000-line file. Every fifth
// route has a path parameter; all share one connection. Then the stand-in third party starts.
def yaml = new StringBuilder('name: partner-hub\nconnections:\n  partner:\n    type: API_KEY\n'
        + '    header: Authorization\n    value: secretsmanager:partner/api:SecretString:key\nintegrations:\n')
(1..300).each { i ->
    def name = String.format('op-%03d', i)
    def parameter = i % 5 == 0 ? '/{itemId}' : ''
    yaml << "  ${name}:\n    endpoint: https://api.example.com/v1/${name}${parameter}\n"
    yaml << "    method: ${i % 5 == 0 ? 'GET' : 'POST'}\n    connection: partner\n    path: /${name}${parameter}\n"
}
new File(basedir, 'integration.yaml').text = yaml.toString()
evaluate(new File(basedir, '../../../src/it/lib/start-mock.groovy'))
