package org.imcregistry.practice;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Booklets of generated records for {@code bench/run booklet}: every section filled, three photos a record (encoded
 * by the server's own {@link PhotoImages}), written by the same {@link RecordDocx} as a real booklet. What it
 * leaves out is reading the records from the database, which the services do a record at a time.
 */
public final class BenchBooklets {

    private final List<RecordDocx.Entry> entries = new ArrayList<>();
    private final List<PhotoImages.Processed> pictures = new ArrayList<>();

    /** {@code records} records with three photos each, every photo a picture of its own (POI stores one once). */
    public BenchBooklets(int records) {
        String paragraph = "Three municipalities share one office and one timetable for the ferries, the buses and "
                + "the school routes; the office answers the public in two languages and publishes every change. ";
        for (int r = 0; r < records; r++) {
            Map<PracticeSection, String> sections = new EnumMap<>(PracticeSection.class);
            for (PracticeSection section : PracticeSection.values()) {
                sections.put(section, paragraph.repeat(4) + "\n\n- a first point\n- a second point\n\n"
                        + paragraph.repeat(3));
            }
            PracticeContent content = new PracticeContent("Good practice number " + (r + 1), "Sogndal", "Vestland",
                    "NO", "Mobility; cooperation", RecordLanguage.EN, 2019, 2024, null, "https://example.org/" + r,
                    "Kari Nordmann\nkari@example.org", "Ola Nordmann", "Shahnaz Amin Haaq", "October 2021",
                    "Photo club", sections, Set.of(), Set.of(), Set.of());
            List<RecordPhoto> photos = new ArrayList<>();
            for (int p = 0; p < 3; p++) {
                PhotoImages.Processed photo = PhotoImages.of(TestImages.photoLike(2400, 1600, r * 3 + p));
                photos.add(new RecordPhoto(pictures.size(), r, p, "The harbour at dawn", "Kari Nordmann",
                        photo.contentType(), photo.width(), photo.height(), ""));
                pictures.add(photo);
            }
            entries.add(new RecordDocx.Entry(content, photos));
        }
    }

    /** Writes the booklet, as {@link RecordDocuments#booklet} does once it has read the records. */
    public void write(OutputStream out) {
        RecordDocx docx = new RecordDocx(Locale.ENGLISH, (photo, size) -> size == RecordPhoto.Size.DISPLAY
                ? pictures.get((int) photo.id()).display() : pictures.get((int) photo.id()).thumbnail(),
                RecordPhoto.Size.THUMBNAIL);
        docx.front("Good practices", entries.stream().map(e -> String.valueOf(e.content().title())).toList());
        entries.forEach(e -> docx.record(e, true));
        RecordDocuments.write(docx.document(), out);
    }
}
