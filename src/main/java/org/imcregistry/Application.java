package org.imcregistry;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** IMC Registry: inter-municipal cooperation self-assessment, good practices and competitions. */
@SpringBootApplication
@EnableScheduling
public class Application {

    /** {@code --restore=BACKUP.zip} first unpacks a backup into the (empty) data directory ({@code RestoreOnStart}). */
    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
