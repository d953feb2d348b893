// Stops the mock of start-mock.groovy and returns what it received, one map per request (method, path, query,
// headers by lowercase name, body), for the IT's verify.groovy:
//   def received = evaluate(new File(basedir, '../../../src/it/lib/stop-mock.groovy'))
import groovy.json.JsonSlurper

def override = new File(basedir, 'mock.properties').text.trim() - 'samhttp.endpointOverride='
try { new URL(override + '/__stop').text } catch (IOException ignored) { }
new File(basedir, 'received.jsonl').readLines().findAll { it }.collect { new JsonSlurper().parseText(it) }
