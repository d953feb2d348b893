// Every goal and every user-settable parameter of plugin.xml is described by sam-http:help -Ddetail.
def log = new File(basedir, 'build.log').text
def plugin = new groovy.xml.XmlSlurper().parse(new File(basedir, '../../classes/META-INF/maven/plugin.xml'))
def goals = plugin.mojos.mojo.collect { it.goal.text() }
assert goals.containsAll(['generate', 'invoke', 'init', 'help'])
plugin.mojos.mojo.each { mojo ->
    assert log.contains("sam-http:${mojo.goal.text()}") : "help does not name the goal ${mojo.goal.text()}"
    mojo.parameters.parameter.findAll { it.editable.text() == 'true' }.each { p ->
        // A long default wraps onto the next line: "(Default:" may end the name's line.
        assert log =~ /(?m)^\s+${p.name.text()}( \(Default:[^\n]*)?\r?$/ : "help does not describe ${mojo.goal.text()}'s ${p.name.text()}"
    }
}
assert log.contains('User property: samhttp.preset')
true
