// With an explicit output folder, and with the default (target/sam under the current folder).
evaluate(new File(basedir, '../../../src/it/lib/check-maven.groovy'))
['generated', 'target/sam'].each { dir ->
    def template = new File(basedir, "$dir/template.yaml")
    assert template.isFile() : "$dir/template.yaml missing"
    assert template.text == new File(golden, 'twilio-sms/template.yaml').text
}
def log = new File(basedir, 'build.log').text
assert log.contains('sam-http: wrote 4 of 4 files to generated')
assert log.contains('sam-http: wrote 4 of 4 files to target/sam')
