// 300 integrations: a root stack (API, connection, Mappings of the shared answer templates) and 16 nested stacks
// holding the 300 state machines; three routes from three nested stacks answered through sam-http:invoke.
def received = evaluate(new File(basedir, '../../../src/it/lib/stop-mock.groovy'))
def out = new File(basedir, 'generated')
def nested = out.list().findAll { it ==~ /integrations-\d\d\.yaml/ }.sort()
assert nested == (0..15).collect { String.format('integrations-%02d.yaml', it) }
assert new File(out, 'statemachine').list().size() == 300
def root = new File(out, 'template.yaml').text
assert !root.contains('AWS::Serverless::StateMachine')
assert (root =~ /Type: AWS::Serverless::Application/).count == 16
assert (root =~ /Type: AWS::Events::Connection/).count == 1
assert root.contains('Mappings:') && root.contains('MappingTemplates:')
def machines = nested.sum { (new File(out, it).text =~ /Type: AWS::Serverless::StateMachine/).count }
assert machines == 300
nested.each {
    def text = new File(out, it).text
    assert text.contains('states:InvokeHTTPEndpoint') && !(text =~ /Action:\s*['"]?\w+:\*/) : "$it: IAM"
    assert !text.contains('IncludeExecutionData: true')
}
def api = new File(out, 'api.yaml').text
assert api.contains('Fn::FindInMap') && api.contains('Outputs.StateMachineOp150Arn')

def log = new File(basedir, 'build.log').text
assert log =~ /sam-http: wrote 319 of 319 files to generated \(\d+ ms\): template.yaml, integrations-00.yaml, [^\n]* and 309 more\n/
assert (log =~ /\[INFO\] sam-http: HTTP 200/).count == 3
assert !log.contains('partner-it-key') : 'a secret was printed'
assert !log.contains('[ERROR]')

assert received.size() == 3
assert received[0].method == 'POST' && received[0].path == '/v1/op-001'
assert received[1].method == 'GET' && received[1].path == '/v1/op-150/item-7'
assert received[2].method == 'POST' && received[2].path == '/v1/op-299'
assert received.every { it.headers.authorization == 'Bearer partner-it-key' }
true
