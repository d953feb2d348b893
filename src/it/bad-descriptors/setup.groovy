// An output folder from an earlier good build, plus a file of the user's, all dated 2000-01-01.
def out = new File(basedir, 'out')
def from = new File(golden, 'twilio-sms').toPath()
java.nio.file.Files.walk(from).forEach { p ->
    def to = out.toPath().resolve(from.relativize(p).toString())
    if (java.nio.file.Files.isDirectory(p)) java.nio.file.Files.createDirectories(to) else java.nio.file.Files.copy(p, to)
}
new File(out, 'notes.txt').text = 'mine'
out.eachFileRecurse { it.lastModified = 946684800000L }
