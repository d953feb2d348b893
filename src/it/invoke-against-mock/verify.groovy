// The answer printed by sam-http:invoke, the trace, and what the mock third party received.
def override = new File(basedir, 'mock.properties').text.trim() - 'samhttp.endpointOverride='
try { new URL(override + '/__stop').text } catch (IOException ignored) { }
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] sam-http: HTTP 201')
assert log.contains('[INFO] {"sid":"SM42","status":"queued"}')
assert log =~ /\[INFO\]   HTTP attempt 1: POST http:\/\/127\.0\.0\.1:\d+\/2010-04-01\/Accounts\/AC123\/Messages\.json -> 201 in \d+ ms/
assert log.contains("[INFO]   state 'Call third-party API' (Task)")
assert !log.contains('it-secret-token') : 'a secret was printed'

def received = new File(basedir, 'received.txt').readLines()
assert received[0] == 'POST /2010-04-01/Accounts/AC123/Messages.json'
assert received[1] == 'Authorization: Basic ' + 'AC123:it-secret-token'.bytes.encodeBase64().toString()
assert received[2] == 'Content-Type: application/x-www-form-urlencoded'
assert received[3] == 'To=%2B15551234567&From=%2B15557654321&Body=It%27s%20%22local%22%20%C3%A9'
