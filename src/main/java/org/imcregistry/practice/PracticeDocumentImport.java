package org.imcregistry.practice;

import java.util.ArrayList;
import java.util.List;
import org.imcregistry.common.Problem;
import org.imcregistry.common.Text;
import org.imcregistry.common.UserFacingException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Turns a documented practice (.docx, .odt, .pdf, .txt or .md) into drafts of the signed-in person. Every kind
 * is first written as the template's text ({@link DocumentFiles}), so one reader ({@link PracticeTextImport})
 * gives every kind the same report of unknown headings, missing sections and unknown keywords, and the same
 * language guess. The file is read outside any transaction; the drafts are then written in one, so a document
 * is imported whole or not at all.
 */
@Service
public class PracticeDocumentImport {

    /** The largest document accepted (a text document: {@link #MAX_TEXT_BYTES}). */
    public static final int MAX_BYTES = DocumentFiles.MAX_BYTES;
    public static final int MAX_TEXT_BYTES = DocumentFiles.MAX_TEXT_BYTES;
    public static final int MAX_PAGES = DocumentOutline.MAX_PAGES;
    public static final List<String> EXTENSIONS = DocumentFiles.EXTENSIONS;

    private final Practices practices;
    private final ThemeVocabulary themes;

    PracticeDocumentImport(Practices practices, ThemeVocabulary themes) {
        this.practices = practices;
        this.themes = themes;
    }

    /**
     * Reads the document and creates its drafts. Nothing is stored when the file is refused (its kind, size,
     * pages, macros, encryption, a zip bomb, a damaged file) or when it holds no text.
     */
    @PreAuthorize("isAuthenticated()")
    public ImportedDocument importDocument(String fileName, byte[] file) {
        String name = fileName == null ? "" : fileName;
        DocumentOutline.Outline outline = DocumentFiles.read(name, file);
        if (outline.text().isBlank()) {
            throw new UserFacingException("practice.import.error.no-text");
        }
        PracticeTextImport reader = new PracticeTextImport(themes.terms());
        List<DocumentRecords.Part> parts = DocumentRecords.split(outline);
        List<PracticeTextImport.Parsed> parsed = parts.stream().map(p -> reader.parse(p.text())).toList();
        String note = name.isBlank() ? null : Text.optional(name, "file", 300, new ArrayList<>());
        List<Long> ids = practices.createImported(parsed.stream().map(PracticeTextImport.Parsed::content).toList(),
                note);
        List<ImportedDocument.Draft> drafts = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            List<Problem> notes = new ArrayList<>();
            if (parts.get(i).skippedLines() > 0) {
                notes.add(Problem.of("document", "practice.import.preamble", parts.get(i).skippedLines()));
            }
            notes.addAll(parsed.get(i).notes());
            drafts.add(new ImportedDocument.Draft(ids.get(i), parsed.get(i).content().title(), List.copyOf(notes),
                    parts.get(i).images()));
        }
        return new ImportedDocument(name, List.copyOf(drafts));
    }
}
