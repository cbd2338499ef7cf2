package org.imcregistry.practice;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.imcregistry.common.UserFacingException;

/**
 * The zip container of a .docx or .odt, unpacked once under limits before any parser sees it: how many entries,
 * how much they inflate to in all and each, how much more than the file itself (a zip bomb inflates a small file
 * to gigabytes), and no XML part with a DTD (where entity tricks live). Only the entries asked for are kept.
 */
final class DocumentZip {

    static final int MAX_ENTRIES = 1_000;
    /** A 200-page document's text part is a few MB; these leave room for photos, not for a bomb. */
    static final long MAX_ENTRY_BYTES = 32L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 64L * 1024 * 1024;
    /** Text XML compresses well, but not a hundredfold over a whole document; bombs do far more. */
    static final int MAX_RATIO = 100;
    private static final long RATIO_FROM_BYTES = 4L * 1024 * 1024;
    private static final int HEAD_BYTES = 4_096;

    /** Every entry's name and inflated size, and the bytes of those kept. */
    record Contents(Map<String, byte[]> kept, Map<String, Long> sizes) {

        java.util.Set<String> names() {
            return sizes.keySet();
        }

        boolean hasEntryStartingWith(String prefix) {
            return names().stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT)));
        }

        String text(String name) {
            byte[] bytes = kept.get(name);
            return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private DocumentZip() {
    }

    /**
     * Unpacks the zip under the limits, keeping the entries {@code keep} gives a size for, each only while it is
     * within that size (a photo too large to offer is not held in memory).
     */
    static Contents read(byte[] file, ToLongFunction<String> keep) {
        Map<String, byte[]> kept = new LinkedHashMap<>();
        Map<String, Long> names = new LinkedHashMap<>();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (names.size() >= MAX_ENTRIES) {
                    throw new UserFacingException("practice.import.error.zip-bomb");
                }
                String name = entry.getName();
                long keepUpTo = keep.applyAsLong(name);
                boolean wanted = keepUpTo > 0;
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                long size = 0;
                for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                    size += n;
                    total += n;
                    if (size > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES
                            || (total > RATIO_FROM_BYTES && total > (long) MAX_RATIO * file.length)) {
                        throw new UserFacingException("practice.import.error.zip-bomb");
                    }
                    if (wanted && size > keepUpTo) {
                        wanted = false;
                    }
                    if (wanted || out.size() < HEAD_BYTES) {
                        out.write(buffer, 0, n);
                    }
                }
                names.put(name, size);
                if (isXml(name) && declaresDtd(out.toByteArray())) {
                    throw new UserFacingException("practice.import.error.entities");
                }
                if (wanted) {
                    kept.put(name, out.toByteArray());
                }
            }
        } catch (IOException | IllegalArgumentException broken) {
            throw new UserFacingException("practice.import.error.broken");
        }
        if (names.isEmpty()) {
            throw new UserFacingException("practice.import.error.broken");
        }
        return new Contents(kept, names);
    }

    private static boolean isXml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels");
    }

    /** A DTD (and so any entity declaration) must come before the root element, so the head of the part shows it. */
    private static boolean declaresDtd(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, HEAD_BYTES), StandardCharsets.UTF_8)
                .toUpperCase(Locale.ROOT);
        return head.contains("<!DOCTYPE") || head.contains("<!ENTITY");
    }
}
