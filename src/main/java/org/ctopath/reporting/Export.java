package org.ctopath.reporting;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The export formats: each takes the rows one at a time and writes them out as they come. */
public enum Export {

    CSV("csv", "text/csv; charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PDF("pdf", "application/pdf");

    /** Rows kept in memory by the streaming XLSX writer; older rows go to a temporary file. */
    static final int XLSX_WINDOW = 100;
    /** PDF table rows are flushed to the document in chunks of this many. */
    static final int PDF_CHUNK = 200;

    private final String extension;
    private final String contentType;

    Export(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String getExtension() {
        return extension;
    }

    public String getContentType() {
        return contentType;
    }

    public static java.util.Optional<Export> byExtension(String extension) {
        return java.util.Arrays.stream(values()).filter(e -> e.extension.equals(extension)).findFirst();
    }

    /** A writer for one export. */
    public interface Writer extends ReportRunner.RowSink, AutoCloseable {
        @Override
        void close() throws IOException;
    }

    public Writer open(ReportTable table, String subtitle, OutputStream out) throws IOException {
        List<Column> columns = table.getShownColumns();
        return switch (this) {
            case CSV -> csv(columns, out);
            case XLSX -> xlsx(table, columns, out);
            case PDF -> pdf(table, subtitle, columns, out);
        };
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /**
     * A CSV cell: text that a spreadsheet would run as a formula (starting with {@code = + - @}, a tab
     * or a carriage return: a name or title typed by someone) gets a leading apostrophe, as OWASP
     * advises for CSV injection; numbers and dates stay as they are. Report exports are read, not
     * imported again, so nothing needs the raw text back.
     */
    static String csvCell(Object value) {
        String text = text(value);
        if (value instanceof String && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static Writer csv(List<Column> columns, OutputStream out) throws IOException {
        CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(columns.stream().map(Column::getHeader).toArray(String[]::new)).get()
                .print(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        return new Writer() {
            @Override
            public void row(ReportRow row) throws IOException {
                for (Column column : columns) {
                    printer.print(csvCell(row.get(column.getAlias())));
                }
                printer.println();
            }

            @Override
            public void close() throws IOException {
                printer.flush();
            }
        };
    }

    private static Writer xlsx(ReportTable table, List<Column> columns, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(XLSX_WINDOW);
        workbook.setCompressTempFiles(true);
        SXSSFSheet sheet = workbook.createSheet(table.getTitle().length() > 31 ? table.getTitle().substring(0, 31) : table.getTitle());
        CellStyle dates = workbook.createCellStyle();
        dates.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            header.createCell(i).setCellValue(columns.get(i).getHeader());
        }
        return new Writer() {
            private int next = 1;

            @Override
            public void row(ReportRow row) {
                Row sheetRow = sheet.createRow(next++);
                for (int i = 0; i < columns.size(); i++) {
                    Object value = row.get(columns.get(i).getAlias());
                    Cell cell = sheetRow.createCell(i);
                    if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (value instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(dates);
                    } else if (value != null) {
                        cell.setCellValue(value.toString());
                    }
                }
            }

            @Override
            public void close() throws IOException {
                try {
                    workbook.write(out);
                } finally {
                    workbook.close();
                    workbook.dispose();
                }
            }
        };
    }

    private static Writer pdf(ReportTable table, String subtitle, List<Column> columns, OutputStream out) {
        Document document = new Document(columns.size() > 6 ? PageSize.A4.rotate() : PageSize.A4, 24, 24, 24, 24);
        try {
            PdfWriter.getInstance(document, out).setCloseStream(false);
            document.open();
            document.add(new Paragraph(table.getTitle(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14)));
            document.add(new Paragraph(subtitle, FontFactory.getFont(FontFactory.HELVETICA, 9)));
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        Font headerFont = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
        Font cellFont = FontFactory.getFont(FontFactory.HELVETICA, 8);
        return new Writer() {
            private PdfPTable current = newTable();
            private int rows;

            private PdfPTable newTable() {
                PdfPTable pdfTable = new PdfPTable(columns.size());
                pdfTable.setWidthPercentage(100);
                pdfTable.setHeaderRows(1);
                pdfTable.setSpacingBefore(6);
                for (Column column : columns) {
                    pdfTable.addCell(new PdfPCell(new Phrase(column.getHeader(), headerFont)));
                }
                return pdfTable;
            }

            @Override
            public void row(ReportRow row) throws DocumentException {
                for (Column column : columns) {
                    current.addCell(new PdfPCell(new Phrase(text(row.get(column.getAlias())), cellFont)));
                }
                if (++rows % PDF_CHUNK == 0) {
                    document.add(current);
                    current = newTable();
                }
            }

            @Override
            public void close() {
                try {
                    if (rows % PDF_CHUNK != 0 || rows == 0) {
                        document.add(current);
                    }
                } catch (DocumentException e) {
                    throw new IllegalStateException(e);
                } finally {
                    document.close();
                }
            }
        };
    }
}
