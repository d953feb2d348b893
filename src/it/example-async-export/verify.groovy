// An ASYNC export and a long synchronous preview: the project generates, passes the CI validators
// (check-generated.groovy and .ci/validate-generated), and runs through sam-http:invoke.
def received = evaluate(new File(basedir, '../../../src/it/lib/stop-mock.groovy'))
evaluate(new File(basedir, '../../../src/it/lib/check-generated.groovy'))
def out = new File(basedir, 'generated')
def template = new File(out, 'template.yaml').text
def api = new File(out, 'api.yaml').text
assert template.contains('Type: STANDARD') && template.contains('Type: EXPRESS')
assert template.contains('Action: states:StartExecution') && template.contains('Action: states:StartSyncExecution')
assert template.contains('execution:${StateMachineExport.Name}:*') : 'DescribeExecution on its own executions only'
assert template.contains('Type: REGIONAL')
assert api.contains('"/exports/executions/{executionId}":') && api.contains('action/DescribeExecution')
assert api.contains('timeoutInMillis: 90000')

def log = new File(basedir, 'build.log').text
assert log.contains("field 'integrations.preview.apiTimeoutSeconds': API Gateway waits more than 29 seconds")
// The export: 202 at once with where to ask, the execution, then its status route.
assert log.contains('[INFO] sam-http: HTTP 202')
assert log.contains('[INFO] Location: https://localhost/exports/executions/export-7')
assert log.contains('"executionId": "export-7"')
assert log.contains('the execution ended: GET /exports/executions/export-7')
assert log.contains('[INFO] sam-http: the execution ended; its status route answers HTTP 201')
assert log.contains('"exp-7"')
// A later run asks the status route of the ended execution; an unknown id is 404.
assert log.contains('[INFO] sam-http: HTTP 201')
assert log.contains('[INFO] sam-http: HTTP 404') && log.contains('ExecutionNotFound')
// The preview waited for its answer.
assert log.contains("API Gateway's 90 s wait for POST /previews")
assert log.contains('"o-1"')
assert !log.contains('rep-key-7') : 'a secret was printed'

assert received.size() == 2
assert received[0].method == 'POST' && received[0].path == '/v2/exports'
assert received[0].headers['authorization'] == 'Bearer rep-key-7'
assert received[0].body.contains('"report":"orders"')
assert received[1].path == '/v2/previews'
true
