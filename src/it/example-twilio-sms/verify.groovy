// The answer printed by sam-http:invoke, the trace, and what the mock Twilio received.
evaluate(new File(basedir, '../../../src/it/lib/check-maven.groovy'))
def received = evaluate(new File(basedir, '../../../src/it/lib/stop-mock.groovy'))
evaluate(new File(basedir, '../../../src/it/lib/check-generated.groovy'))
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] sam-http: HTTP 201')
assert log.contains('[INFO] {"sid":"SM42","status":"queued"}')
assert log =~ /\[INFO\]   HTTP attempt 1: POST http:\/\/127\.0\.0\.1:\d+\/2010-04-01\/Accounts\/AC123\/Messages\.json -> 201 in \d+ ms/
assert log.contains("[INFO]   state 'Call third-party API' (Task)")
assert !log.contains('it-secret-token') : 'a secret was printed'

assert received.size() == 1
def call = received[0]
assert call.method == 'POST' && call.path == '/2010-04-01/Accounts/AC123/Messages.json'
assert call.headers.authorization == 'Basic ' + 'AC123:it-secret-token'.bytes.encodeBase64().toString()
assert call.headers['content-type'] == 'application/x-www-form-urlencoded'
assert call.body == 'To=%2B15551234567&From=%2B15557654321&Body=It%27s%20%22local%22%20%C3%A9'
true
