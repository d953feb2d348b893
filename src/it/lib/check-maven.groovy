// In a run of the compatibility matrix (pom.xml, executions compat-maven-*), the build ran under the Maven and the
// Java the matrix names: mvn -V printed them first in build.log. Elsewhere (no expectedMaven) it checks nothing.
//   evaluate(new File(basedir, '../../../src/it/lib/check-maven.groovy'))
def vars = binding.variables
if (vars.containsKey('expectedMaven')) {
    def log = new File(basedir, 'build.log').text
    assert log.contains("Apache Maven ${vars.expectedMaven} ") : "not run by Maven ${vars.expectedMaven}"
    def java = new File(vars.expectedJava as String).canonicalPath
    assert log =~ /runtime: \Q${java}\E/ : "not run on the Java in ${java}"
}
true
