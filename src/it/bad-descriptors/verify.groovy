// Every bad descriptor failed with its own message (file:line:column, field, value, fix) and 'out' is untouched.
def expected = [
    'cases/bad-method.yaml:2:9: field \'method\': not one of GET, POST, PUT, DELETE, PATCH, OPTIONS, HEAD; got \'POSTT\'. Fix: did you mean \'POST\'?',
    'cases/duplicate-key.yaml:7:1: field \'method\': the key appears twice (first at line 2); got \'method\'. Fix: keep only one \'method\'',
    'cases/forbidden-header.yaml:8:3: field \'headers.Authorization\': the Step Functions HTTP Task may not set this header (the execution would fail with States.Runtime); got \'Authorization\'. Fix: remove it; credentials belong in \'auth\' (type API_KEY with header: Authorization)',
    'cases/literal-secret.yaml:6:13: field \'auth.password\': a secret must not be written in the descriptor; got \'(hidden)\'. Fix: store it in SSM Parameter Store or Secrets Manager',
    'cases/missing-auth.yaml:1:1: field \'auth\': missing. Fix: add \'auth:\' with \'type:\' one of BASIC, API_KEY, OAUTH_CLIENT_CREDENTIALS',
    'cases/placeholder-in-header.yaml:8:10: field \'headers.X-Tag\': \'${\' would be read as a reference when the stack is deployed; got \'${AWS::AccountId}\'. Fix: remove the \'${\'',
    'cases/plain-http.yaml:1:11: field \'endpoint\': only https:// endpoints are allowed (credentials must not travel in clear); got \'http://api.twilio.com/x\'. Fix: use the https:// URL of the API',
    'cases/ssm-secure.yaml:6:13: field \'auth.password\': CloudFormation cannot resolve ssm-secure references in an AWS::Events::Connection',
    'cases/unknown-key.yaml:2:1: field \'methdo\': unknown key; got \'methdo\'. Fix: did you mean \'method\'?',
    'cases/yaml-syntax.yaml:7:7: the file is not valid YAML (while parsing a flow sequence that starts here',
]
def log = new File(basedir, 'build.log').text
expected.each { assert log.contains('[ERROR] ' + it) : "missing from build.log: $it" }
// Each problem is printed once: not again in Maven's closing 'Failed to execute goal' line.
expected.each { assert log.count(it) == 1 : "printed more than once: $it" }
assert (log =~ /nothing was written/).size() == expected.size()
assert !log.contains('at io.github.samhttp') : 'a user error must not print a stack trace'

def out = new File(basedir, 'out')
def count = 0
out.eachFileRecurse(groovy.io.FileType.FILES) { assert it.lastModified() == 946684800000L : "$it was touched"; count++ }
assert count == 5
assert new File(out, 'notes.txt').text == 'mine'
assert new File(out, 'template.yaml').text == new File(golden, 'twilio-sms/template.yaml').text
assert out.list().sort() == ['api.yaml', 'notes.txt', 'samconfig.toml', 'statemachine', 'template.yaml']
