// Shared checks of a project an example IT generated into 'generated': the four files, the security basics, and
// the summary line. The CI validators (.ci/validate-generated) then check these same files.
//   evaluate(new File(basedir, '../../../src/it/lib/check-generated.groovy'))
def out = new File(basedir, 'generated')
['template.yaml', 'samconfig.toml'].each { assert new File(out, it).isFile() : "no $it" }
assert new File(out, 'statemachine').listFiles().any { it.name.endsWith('.asl.json') }
def template = new File(out, 'template.yaml').text
// An API trigger has its OpenAPI body; an event trigger has no API.
assert new File(out, 'api.yaml').isFile() == (template.contains('AWS::Serverless::Api') || template.contains('AWS::Serverless::HttpApi'))
assert template.contains('states:InvokeHTTPEndpoint')
assert !(template =~ /Action:\s*['"]?\w+:\*/) : 'a wildcard action'
assert !template.contains('IncludeExecutionData: true')
def log = new File(basedir, 'build.log').text
assert log =~ /sam-http: wrote \d+ of \d+ files to generated \(\d+ ms\)/
assert !log.contains('Exception')
true
