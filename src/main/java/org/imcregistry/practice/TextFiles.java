package org.imcregistry.practice;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.imcregistry.common.UserFacingException;

/** Checks an uploaded text document: its name says text, its size is within the limit, its bytes are UTF-8 text. */
final class TextFiles {

    private TextFiles() {
    }

    static String decode(String fileName, byte[] file, int maxBytes) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (!name.endsWith(".txt") && !name.endsWith(".md")) {
            throw new UserFacingException("practice.import.error.type");
        }
        if (file.length == 0) {
            throw new UserFacingException("practice.import.error.empty");
        }
        if (file.length > maxBytes) {
            throw new UserFacingException("upload.error.too-large", maxBytes / 1_000_000);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            throw new UserFacingException("practice.import.error.encoding");
        }
        if (text.indexOf('\0') >= 0) {
            throw new UserFacingException("practice.import.error.type");
        }
        return text;
    }
}
