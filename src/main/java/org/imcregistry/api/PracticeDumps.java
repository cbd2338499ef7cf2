package org.imcregistry.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.imcregistry.practice.PublishedRecords;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every public record in one download, for those who harvest the whole registry: JSON Lines (one record as in
 * {@code /api/v1/practices/{id}} a line) and CSV. Written while the records are read from the database a batch at a
 * time, so memory stays the same however large the registry grows.
 */
@RestController
@Tag(name = "Bulk download")
class PracticeDumps {

    static final String JSON_LINES = "application/jsonl";
    static final String CSV = "text/csv";
    /** A dump changes with any record: a caching proxy may keep it a few minutes. */
    private static final String CACHE = "public, max-age=300";

    private final PublishedRecords records;
    private final ApiRecords json;
    private final JsonMapper mapper;

    PracticeDumps(PublishedRecords records, ApiRecords json, JsonMapper mapper) {
        this.records = records;
        this.json = json;
        this.mapper = mapper;
    }

    @GetMapping(value = "/api/v1/practices.jsonl", produces = JSON_LINES)
    @Operation(summary = "Every published good practice, one JSON object a line (JSON Lines)",
            description = "Each line is a whole record as GET /api/v1/practices/{id} gives it, in id order.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = JSON_LINES,
            schema = @Schema(implementation = RecordJson.class)))
    void jsonLines(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OutputStream out = start(request, response, JSON_LINES + ";charset=UTF-8", "jsonl");
        ApiRecords.Names names = json.names();
        forEachRecord(names, record -> {
            out.write(mapper.writeValueAsBytes(record));
            out.write('\n');
        });
        out.flush();
    }

    @GetMapping(value = "/api/v1/practices.csv", produces = CSV)
    @Operation(summary = "Every published good practice as CSV (RFC 4180, UTF-8)",
            description = "One row a record, in id order; themes and goals separated by \";\", one column a section. "
                    + "Text that a spreadsheet would take for a formula starts with an apostrophe.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = CSV, schema = @Schema(type = "string")))
    void csv(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OutputStream out = start(request, response, CSV + ";charset=UTF-8;header=present", "csv");
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvDump csv = new CsvDump(writer);
        forEachRecord(json.names(), csv::write);
        csv.flush();
        writer.flush();
    }

    private OutputStream start(HttpServletRequest request, HttpServletResponse response, String type, String suffix)
            throws IOException {
        // The ETag filter would hold the whole dump in memory to hash it: streamed, it has none.
        ShallowEtagHeaderFilter.disableContentCaching(request);
        response.setContentType(type);
        response.setHeader("Cache-Control", CACHE);
        response.setHeader("Content-Disposition", "attachment; filename=\"imc-registry-practices." + suffix + "\"");
        return new BufferedOutputStream(response.getOutputStream(), 64 * 1024);
    }

    private interface RecordWriter {
        void write(RecordJson record) throws IOException;
    }

    private void forEachRecord(ApiRecords.Names names, RecordWriter writer) throws IOException {
        try {
            records.forEachRecord(batch -> {
                for (RecordJson record : json.batch(batch, names)) {
                    try {
                        writer.write(record);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
