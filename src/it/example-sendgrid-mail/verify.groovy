// SendGrid: the API key in its header, the JSON body byte for byte, and its 202 without a body passed through.
def received = evaluate(new File(basedir, '../../../src/it/lib/stop-mock.groovy'))
evaluate(new File(basedir, '../../../src/it/lib/check-generated.groovy'))
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] sam-http: HTTP 202')
assert log.contains("[INFO]   state 'Return empty response' (Pass)")
assert !log.contains('SG.it-key') : 'a secret was printed'
assert !new File(basedir, 'generated/statemachine/sendgrid-mail.asl.json').text.contains('"Retry"')

assert received.size() == 1
def call = received[0]
assert call.method == 'POST' && call.path == '/v3/mail/send'
assert call.headers.authorization == 'Bearer SG.it-key'
def sent = new groovy.json.JsonSlurper().parseText(call.body)
assert sent == new groovy.json.JsonSlurper().parse(new File(basedir, 'request.json'))
assert sent.subject == 'It\'s "here"'
true
