package org.imcregistry.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.SortedSet;
import org.imcregistry.common.ClasspathFiles;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What personal data the app keeps, read from {@code privacy/personal-data.csv}: kept as data beside the code so
 * that a test holds it against the live schema, and so that the record of processing activities is generated from
 * it rather than written twice.
 */
@Component
public class PersonalDataInventory {

    static final String FILE = "privacy/personal-data.csv";
    /** The category of a column whose name looks personal but that holds no personal data. */
    public static final String NOT_PERSONAL = "none";

    /** One column: what kind of personal data, why it is kept, on what legal ground, and for how long. */
    public record Entry(String table, String column, String category, String purpose, String legalBasis,
            String retention) {

        public boolean personal() {
            return !NOT_PERSONAL.equals(category);
        }
    }

    /** One processing activity in the sense of GDPR Art. 30: a purpose with its data, grounds and periods. */
    public record Activity(String purpose, SortedSet<String> categories, SortedSet<String> legalBases,
            SortedSet<String> retentions, List<Entry> columns) {
    }

    private final List<Entry> entries;

    public PersonalDataInventory() {
        this.entries = parse(ClasspathFiles.read(new ClassPathResource(FILE)));
    }

    /** Every line of the inventory, the not-personal ones included. */
    public List<Entry> entries() {
        return entries;
    }

    /** The activities, one per purpose, each with the personal columns it uses; in the order of the file. */
    public List<Activity> activities() {
        Map<String, List<Entry>> byPurpose = new LinkedHashMap<>();
        entries.stream().filter(Entry::personal)
                .forEach(e -> byPurpose.computeIfAbsent(e.purpose(), k -> new ArrayList<>()).add(e));
        return byPurpose.entrySet().stream().map(p -> new Activity(p.getKey(),
                collect(p.getValue(), Entry::category), collect(p.getValue(), Entry::legalBasis),
                collect(p.getValue(), Entry::retention),
                p.getValue().stream().sorted(Comparator.comparing(Entry::table)).toList())).toList();
    }

    private static SortedSet<String> collect(List<Entry> entries, java.util.function.Function<Entry, String> field) {
        return entries.stream().map(field).collect(TreeSet::new, TreeSet::add, TreeSet::addAll);
    }

    static List<Entry> parse(String csv) {
        List<Entry> parsed = new ArrayList<>();
        boolean header = true;
        for (String line : csv.lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != 6) {
                throw new IllegalStateException(FILE + ": six fields expected in '" + line + "'");
            }
            parsed.add(new Entry(f[0].strip(), f[1].strip(), f[2].strip(), f[3].strip(), f[4].strip(), f[5].strip()));
        }
        return List.copyOf(parsed);
    }
}
