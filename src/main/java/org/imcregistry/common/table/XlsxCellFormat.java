package org.imcregistry.common.table;

import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/** Dates as ISO 8601, whole numbers without ".0", whatever the cell's display format. */
final class XlsxCellFormat extends DataFormatter {

    private final boolean date1904;

    XlsxCellFormat(boolean date1904) {
        this.date1904 = date1904;
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            return DateUtil.getLocalDateTime(value, date1904).toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                : String.valueOf(value);
    }
}
