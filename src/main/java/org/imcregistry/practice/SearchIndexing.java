package org.imcregistry.practice;

import java.nio.file.Path;
import org.imcregistry.search.FacetValues;
import org.imcregistry.search.PracticeIndex;
import org.imcregistry.search.PracticeSearch;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the search index to the registry; {@link IndexFollower} keeps it in step with the database.
 */
@Configuration
class SearchIndexing {

    @Bean(destroyMethod = "close")
    PracticeIndex practiceIndex(@Value("${imc.search.index-dir:${imc.data-dir}/index}") Path directory,
            PublishedPracticeSource source) {
        return new PracticeIndex(directory.resolve("practices"), source);
    }

    @Bean
    PracticeSearch practiceSearch(PracticeIndex index) {
        return new PracticeSearch(index);
    }

    @Bean
    FacetValues facetValues(PracticeIndex index) {
        return new FacetValues(index);
    }
}
