// The seed example generates exactly the reviewed golden files, and the summary line says so.
evaluate(new File(basedir, '../../../src/it/lib/check-maven.groovy'))
def out = new File(basedir, 'target/sam')
def expected = new File(golden, 'twilio-sms')
def names = { File root -> def list = []; root.eachFileRecurse(groovy.io.FileType.FILES) { list << root.toPath().relativize(it.toPath()).toString() }; list.sort() }
assert names(out) == ['.sam-http-manifest', 'api.yaml', 'samconfig.toml', 'statemachine/twilio.asl.json', 'template.yaml']
assert names(out) - '.sam-http-manifest' == names(expected)
// The manifest: each file with its fingerprint, and the input it came from (the up-to-date fast path's key).
def manifest = new File(out, '.sam-http-manifest').readLines()
assert manifest.any { it ==~ /# input \d+-\p{XDigit}+-\p{XDigit}+/ }
assert manifest.findAll { !it.startsWith('#') }.every { it ==~ /[^\t]+\t\d+-\p{XDigit}+-\p{XDigit}+/ }
assert manifest.findAll { !it.startsWith('#') }.collect { it.split('\t')[0] } == names(expected)
names(expected).each { assert new File(out, it).text == new File(expected, it).text : "$it differs from the golden file" }

def template = new File(out, 'template.yaml').text
assert template.contains('Action: states:InvokeHTTPEndpoint')
assert template.contains('states:HTTPEndpoint: https://api.twilio.com/2010-04-01/Accounts/AC123/Messages.json*')
assert template.contains('Password: "{{resolve:ssm:/twilio_secret}}"')
assert !template.contains('logs:*') && !template.contains('cloudwatch:*')
def asl = new groovy.json.JsonSlurper().parse(new File(out, 'statemachine/twilio.asl.json'))
assert asl.States['Call third-party API'].Parameters['RequestBody.$'] == '$.body.sendsms'
assert asl.States['Call third-party API'].Parameters.Transform.RequestBodyEncoding == 'URL_ENCODED'
assert new File(out, 'api.yaml').text.contains('  /sms:\n    post:')

def log = new File(basedir, 'build.log').text
assert log =~ /sam-http: wrote 4 of 4 files to target\/sam \(\d+ ms\)/
