package org.imcregistry.common.table;

import java.io.OutputStream;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A streaming workbook with the fastest deflate level: exports are written while someone waits, and a slightly
 * larger file costs less than a slower download to produce.
 */
final class FastSxssfWorkbook extends SXSSFWorkbook {

    FastSxssfWorkbook(int rowWindow) {
        super(rowWindow);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }
}
