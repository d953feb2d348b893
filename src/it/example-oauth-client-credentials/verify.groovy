// OAuth client credentials: one token request with the client's Basic credentials and scopes, then the call
// with the bearer token and the connection's own header and query parameter.
def received = evaluate(new File(basedir, '../../../src/it/lib/stop-mock.groovy'))
evaluate(new File(basedir, '../../../src/it/lib/check-generated.groovy'))
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] sam-http: HTTP 201')
assert log.contains('[INFO] {"id":"c-7"}')
assert !log.contains('crm-it-secret') && !log.contains('tok-it-1') : 'a secret was printed'

assert received.size() == 2
def token = received[0]
assert token.method == 'POST' && token.path == '/oauth/token'
assert token.headers.authorization == 'Basic ' + 'crm-client:crm-it-secret'.bytes.encodeBase64().toString()
assert token.body == 'grant_type=client_credentials&scope=contacts.write%20contacts.read&audience=https%3A%2F%2Fapi.example-crm.com'
def call = received[1]
assert call.method == 'POST' && call.path == '/v2/contacts' && call.query == 'api-version=2024-06-01'
assert call.headers.authorization == 'Bearer tok-it-1'
assert call.headers['x-tenant'] == 'acme'
assert new groovy.json.JsonSlurper().parseText(call.body) == [name: 'Ada Lovelace', email: 'ada@example.com']
true
