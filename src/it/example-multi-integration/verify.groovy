// One API, three routes, three state machines, two connections (Twilio's shared by two integrations).
def received = evaluate(new File(basedir, '../../../src/it/lib/stop-mock.groovy'))
evaluate(new File(basedir, '../../../src/it/lib/check-generated.groovy'))
def out = new File(basedir, 'generated')
assert new File(out, 'statemachine').list().sort() == ['send-mail.asl.json', 'send-sms.asl.json', 'sms-status.asl.json']
def template = new File(out, 'template.yaml').text
assert (template =~ /Type: AWS::Events::Connection/).count == 2
assert (template =~ /Type: AWS::Serverless::StateMachine/).count == 3
assert (template =~ /Type: AWS::Serverless::Api/).count == 1
def api = new File(out, 'api.yaml').text
assert api.contains('  /sms:\n    post:') && api.contains('"/sms/{messageSid}":\n    get:') && api.contains('  /mail:\n    post:')

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] sam-http: HTTP 201')
assert log.contains('[INFO] "delivered"')
assert log.contains('[INFO] sam-http: HTTP 202')
assert !log.contains('tw-multi-token') && !log.contains('SG.multi') : 'a secret was printed'

assert received.size() == 3
assert received[0].method == 'POST' && received[0].path == '/2010-04-01/Accounts/AC-multi/Messages.json'
assert received[0].body == 'To=%2B15551234567&From=%2B15557654321&Body=Hello'
assert received[1].method == 'GET' && received[1].path == '/2010-04-01/Accounts/AC-multi/Messages/SM42.json'
assert received[0].headers.authorization == received[1].headers.authorization
assert received[2].method == 'POST' && received[2].path == '/v3/mail/send'
assert received[2].headers.authorization == 'Bearer SG.multi'
true
