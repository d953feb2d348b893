// A schedule starts a STANDARD workflow with its constant input; the 'report' part is posted.
def received = evaluate(new File(basedir, '../../../src/it/lib/stop-mock.groovy'))
evaluate(new File(basedir, '../../../src/it/lib/check-generated.groovy'))
def template = new File(basedir, 'generated/template.yaml').text
assert template.contains('Type: ScheduleV2')
assert template.contains('ScheduleExpression: cron(0 2 * * ? *)')
assert template.contains('ScheduleExpressionTimezone: Europe/Paris')
assert template.contains('Type: STANDARD')

def log = new File(basedir, 'build.log').text
assert log.contains('(ScheduleV2, asynchronous)')
assert log.contains('[INFO] sam-http: execution SUCCEEDED')
assert !log.contains('rep-it-key') : 'a secret was printed'

assert received.size() == 1
def call = received[0]
assert call.method == 'POST' && call.path == '/v1/reports'
assert call.headers['x-api-key'] == 'rep-it-key'
assert new groovy.json.JsonSlurper().parseText(call.body) == [kind: 'sales', period: 'yesterday', format: 'csv']
true
