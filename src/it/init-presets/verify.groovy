// What a new user sees: the presets, the files init wrote, the refusals, then a generated project and a dry run.
def log = new File(basedir, 'build.log').text
def descriptor = new File(basedir, 'src/main/sam/integration.yaml')
def schema = new File(basedir, 'src/main/sam/sam-http-descriptor.schema.json')

assert log.contains('[INFO] sam-http: give a preset to start from, e.g. -Dsamhttp.preset=twilio-sms. The presets:')
['twilio-sms', 'stripe-payment', 'sendgrid-mail', 'slack-message', 'github-issue', 'oauth-api', 'api-key-api',
 'eventbridge-webhook'].each { assert log =~ /\[INFO\]   ${it} +\S/ : "preset ${it} not listed" }

assert descriptor.text.startsWith('# yaml-language-server: $schema=sam-http-descriptor.schema.json\n')
assert descriptor.text.contains('endpoint: https://api.twilio.com/2010-04-01/Accounts/{AccountSid}/Messages.json')
assert schema.text.contains('"$schema"')
assert log.contains("[INFO] sam-http: wrote src/main/sam/integration.yaml and src/main/sam/sam-http-descriptor.schema.json from the preset 'twilio-sms'")
assert log =~ /\[INFO\]   mvn io\.github\.samhttp:sam-http-maven-plugin:[^:\s]+:generate\r?\n/
assert log =~ /\[INFO\]   mvn io\.github\.samhttp:sam-http-maven-plugin:[^:\s]+:invoke -Dsamhttp\.dryRun=true -Dsamhttp\.body='\{"sms": /

// The third run refused to overwrite, and left the file as it was.
assert log.contains('[ERROR] src/main/sam/integration.yaml: already exists, and init never overwrites a file')
assert !descriptor.text.contains('stripe')
// The fourth named the closest preset and wrote nothing.
assert log.contains("[ERROR] 'preset' (samhttp.preset): there is no preset 'twilo-sms'; did you mean -Dsamhttp.preset=twilio-sms? The presets are:")
assert !new File(basedir, 'other.yaml').exists()

// The printed commands work: the project is generated where sam build expects it, and the dry run shows the call.
assert new File(basedir, 'target/sam/template.yaml').isFile()
assert new File(basedir, 'target/sam/statemachine/twilio-sms.asl.json').isFile()
assert log.contains('[INFO] sam-http: dry run, nothing sent. The request would be:')
assert log.contains('Messages.json')
true
