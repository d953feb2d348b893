package io.github.samhttp.core.read;

/** Recognises text saved as UTF-16 or UTF-32 (by its byte order mark, or by the zero bytes of ASCII text). */
final class Encodings {

    private Encodings() {
    }

    /** The name of the wide encoding the bytes are in, or null when they are not UTF-16 or UTF-32 text. */
    static String wideEncoding(byte[] bytes) {
        if (startsWith(bytes, 0x00, 0x00, 0xfe, 0xff)) {
            return "UTF-32 (big-endian)";
        }
        if (startsWith(bytes, 0xff, 0xfe, 0x00, 0x00)) {
            return "UTF-32 (little-endian)";
        }
        if (startsWith(bytes, 0xfe, 0xff)) {
            return "UTF-16 (big-endian)";
        }
        if (startsWith(bytes, 0xff, 0xfe)) {
            return "UTF-16 (little-endian)";
        }
        // Without a byte order mark: ASCII characters leave a telling pattern of zero bytes.
        if (bytes.length >= 8) {
            if (bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0 && bytes[3] != 0) {
                return "UTF-32 (big-endian)";
            }
            if (bytes[0] != 0 && bytes[1] == 0 && bytes[2] == 0 && bytes[3] == 0) {
                return "UTF-32 (little-endian)";
            }
            if (bytes[0] == 0 && bytes[1] != 0 && bytes[2] == 0 && bytes[3] != 0) {
                return "UTF-16 (big-endian)";
            }
            if (bytes[0] != 0 && bytes[1] == 0 && bytes[2] != 0 && bytes[3] == 0) {
                return "UTF-16 (little-endian)";
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
