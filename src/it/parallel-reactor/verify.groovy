def log = new File(basedir, 'build.log').text
assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 4')
assert !log.contains('is not marked as @threadSafe')
['alpha', 'beta', 'gamma'].each { module ->
    def out = new File(basedir, "$module/target/sam")
    def template = new File(out, 'template.yaml').text
    assert template.contains("https://api.${module}.example.com") : "$module got another module's template"
    assert template.contains("{{resolve:secretsmanager:${module}:SecretString:key}}")
    ['alpha', 'beta', 'gamma'].findAll { it != module }.each { assert !template.contains("api.${it}.") }
    assert new File(out, "statemachine/${module}.asl.json").isFile()
    assert new File(out, '.sam-http-manifest').readLines().findAll { !it.startsWith('#') }.collect { it.split('\t')[0] } ==
            ['api.yaml', 'samconfig.toml', "statemachine/${module}.asl.json", 'template.yaml']
}
true
