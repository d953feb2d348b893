// HTTP API: the body is the execution input; the client gets StartSyncExecution's result with 200, the third
// party's status and body inside 'output'. The account SID comes from SSM (an endpoint parameter).
def received = evaluate(new File(basedir, '../../../src/it/lib/stop-mock.groovy'))
evaluate(new File(basedir, '../../../src/it/lib/check-generated.groovy'))
def out = new File(basedir, 'generated')
def template = new File(out, 'template.yaml').text
assert template.contains('Type: AWS::Serverless::HttpApi')
assert template.contains('Type: AWS::SSM::Parameter::Value<String>')
assert new File(out, 'api.yaml').text.contains('integrationSubtype: StepFunctions-StartSyncExecution')

def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING]') && log.contains('an HTTP API cannot rewrite answers')
assert log.contains('[INFO] sam-http: HTTP 200')
def answer = new groovy.json.JsonSlurper().parseText(log.readLines().find { it.startsWith('[INFO] {"executionArn"') } - '[INFO] ')
assert answer.status == 'SUCCEEDED'
def output = new groovy.json.JsonSlurper().parseText(answer.output)
assert output.statusCode == 201
assert new groovy.json.JsonSlurper().parseText(output.body) == [sid: 'SM7', status: 'queued']
assert !log.contains('tw-it-token') : 'a secret was printed'

assert received.size() == 1
def call = received[0]
assert call.method == 'POST' && call.path == '/2010-04-01/Accounts/AC-it/Messages.json'
assert call.headers.authorization == 'Basic ' + 'AC-it:tw-it-token'.bytes.encodeBase64().toString()
assert call.body == 'To=%2B15551234567&From=%2B15557654321&Body=It%27s%20%22local%22%20%C3%A9'
true
