package org.imcregistry.practice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves a record's photos and attachments ({@link RecordFileLinks}) to whoever may read the record: everyone for a
 * public one (published, not held back), only its author, editors and (while held) competition managers otherwise;
 * anyone else gets the same 404 as for a missing file. Public files may be kept by shared caches for an hour and are
 * then checked again by their ETag (the SHA-256 of the bytes), so that a record held back for a blind jury stops being
 * served within the hour; any other file only by the reader's own browser, checked again on every use.
 */
@Controller
class RecordFilesController {

    static final String PUBLIC_CACHE = "public, max-age=3600";
    static final String PRIVATE_CACHE = "private, no-cache";

    private final RecordFileAccess records;
    private final RecordFileStore store;

    RecordFilesController(RecordFileAccess records, RecordFileStore store) {
        this.records = records;
        this.store = store;
    }

    @GetMapping(RecordFileLinks.ROOT + "/{practiceId:\\d{1,18}}/photos/{photoId:\\d{1,18}}/{size:display|thumbnail}")
    void photo(@PathVariable long practiceId, @PathVariable long photoId, @PathVariable String size,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        RecordPhoto.Size which = RecordPhoto.Size.valueOf(size.toUpperCase(Locale.ROOT));
        serve(practiceId, id -> store.photoBytes(id, photoId, which), true, request, response);
    }

    @GetMapping(RecordFileLinks.ROOT + "/{practiceId:\\d{1,18}}/attachments/{attachmentId:\\d{1,18}}")
    void attachment(@PathVariable long practiceId, @PathVariable long attachmentId,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(practiceId, id -> store.attachmentBytes(id, attachmentId), false, request, response);
    }

    private void serve(long practiceId, java.util.function.LongFunction<Optional<RecordFileStore.Stored>> lookup,
            boolean inline, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Practice> practice = readable(practiceId);
        Optional<RecordFileStore.Stored> file = practice.isEmpty() ? Optional.empty() : lookup.apply(practiceId);
        if (file.isEmpty()) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        RecordFileStore.Stored stored = file.get();
        String etag = "\"" + stored.sha256() + "\"";
        // Spring Security wrote "no-cache, no-store" and its companions when the request came in: replace them.
        response.setHeader(HttpHeaders.CACHE_CONTROL, records.isPublic(practice.get()) ? PUBLIC_CACHE
                : PRIVATE_CACHE);
        response.setHeader(HttpHeaders.PRAGMA, null);
        response.setHeader(HttpHeaders.EXPIRES, null);
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setHeader("X-Content-Type-Options", "nosniff");
        String match = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (match != null && (match.contains(etag) || match.strip().equals("*"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(stored.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, (inline ? ContentDisposition.inline()
                : ContentDisposition.attachment()).filename(stored.fileName(), StandardCharsets.UTF_8).build()
                .toString());
        response.setContentLength(stored.bytes().length);
        response.getOutputStream().write(stored.bytes());
    }

    private Optional<Practice> readable(long practiceId) {
        try {
            return Optional.of(records.readable(practiceId));
        } catch (org.imcregistry.common.UserFacingException notFound) {
            return Optional.empty();
        }
    }
}
