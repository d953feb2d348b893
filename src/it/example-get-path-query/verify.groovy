// GET with {Org} from SSM, {repo} from the API path (URL-encoded), static and forwarded query parameters (the
// static per_page wins over the caller's), and a forwarded header.
def received = evaluate(new File(basedir, '../../../src/it/lib/stop-mock.groovy'))
evaluate(new File(basedir, '../../../src/it/lib/check-generated.groovy'))
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] sam-http: HTTP 200')
assert log.contains('[INFO] [{"number":1,"title":"It\'s \\"broken\\""}]')
assert !log.contains('ghp_it') : 'a secret was printed'
def template = new File(basedir, 'generated/template.yaml').text
assert template.contains('Type: AWS::SSM::Parameter::Value<String>')
assert template.contains('Default: /github/org')

assert received.size() == 1
def call = received[0]
assert call.method == 'GET' && call.path == '/repos/octo-org/hello%20world/issues'
assert call.query == 'state=open&page=2&per_page=50'
assert call.headers['x-request-id'] == 'req-1'
assert call.headers.authorization == 'Bearer ghp_it'
assert call.body == ''
true
