package org.imcregistry.backup;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.imcregistry.security.ApiSignIn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The backup command for operators: {@code curl -u admin -X POST https://HOST/api/backup -o backup.zip} takes
 * an online backup and sends it back as one zip file (a copy also stays in the backups folder). It is the one
 * HTTP API of the app: HTTP Basic for an administrator, no session, so no CSRF token is involved; guesses at the
 * password are throttled and locked out like the sign-in form's ({@link ApiSignIn}).
 */
@RestController
class BackupApi {

    private final DatabaseBackup backup;

    BackupApi(DatabaseBackup backup) {
        this.backup = backup;
    }

    @PostMapping("/api/backup")
    void backup(HttpServletResponse response) throws IOException {
        if (!backup.isSupported()) {
            response.sendError(HttpStatus.NOT_IMPLEMENTED.value(), "PostgreSQL is backed up with pg_dump, see the README");
            return;
        }
        Path zip = backup.backupNow();
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + zip.getFileName() + "\"");
        response.setContentLengthLong(Files.size(zip));
        Files.copy(zip, response.getOutputStream());
    }

    @Configuration(proxyBeanMethods = false)
    static class Security {
        @Bean
        @Order(1)
        SecurityFilterChain backupApiSecurity(HttpSecurity http, ApiSignIn apiSignIn) throws Exception {
            return apiSignIn.administratorsOnly(http.securityMatcher("/api/backup"));
        }
    }
}
