// EventBridge-triggered STANDARD workflow: no API at all; the event's detail.slack part is posted to Slack.
def received = evaluate(new File(basedir, '../../../src/it/lib/stop-mock.groovy'))
evaluate(new File(basedir, '../../../src/it/lib/check-generated.groovy'))
def out = new File(basedir, 'generated')
assert !new File(out, 'api.yaml').exists() : 'an event-triggered project has no API'
def template = new File(out, 'template.yaml').text
assert template.contains('Type: STANDARD')
assert template.contains('Type: EventBridgeRule')
assert template.contains('EventBusName: orders')
assert template.contains('Type: SQS')
assert !template.contains('AWS::Serverless::Api')

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO]   StartExecution: arn:aws:states:local:000000000000:stateMachine:StateMachine (EventBridgeRule, asynchronous)')
assert log.contains('[INFO] sam-http: execution SUCCEEDED')
assert !log.contains('xoxb-it') : 'a secret was printed'

assert received.size() == 1
def call = received[0]
assert call.method == 'POST' && call.path == '/api/chat.postMessage'
assert call.headers.authorization == 'Bearer xoxb-it'
assert new groovy.json.JsonSlurper().parseText(call.body) == [channel: 'C123', text: 'Order 42 placed: it\'s "urgent" \u00e9']
true
