// Lay the reviewed golden files where the build writes, dated 2000-01-01.
def out = new File(basedir, 'target/sam')
def from = new File(golden, 'twilio-sms').toPath()
java.nio.file.Files.walk(from).forEach { p ->
    def to = out.toPath().resolve(from.relativize(p).toString())
    if (java.nio.file.Files.isDirectory(p)) java.nio.file.Files.createDirectories(to) else java.nio.file.Files.copy(p, to)
}
out.eachFileRecurse(groovy.io.FileType.FILES) { it.lastModified = 946684800000L }
