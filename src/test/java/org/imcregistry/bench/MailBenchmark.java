package org.imcregistry.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.imcregistry.Application;
import org.imcregistry.assessment.AnswerVisibility;
import org.imcregistry.assessment.AssessmentRounds;
import org.imcregistry.assessment.FrameworkCatalog;
import org.imcregistry.assessment.NewRespondent;
import org.imcregistry.assessment.RespondentGroup;
import org.imcregistry.assessment.RoundRespondents;
import org.imcregistry.assessment.RoundViews;
import org.imcregistry.municipality.PartnershipRegister;
import org.imcregistry.municipality.RegisterFilter;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * {@code bench/run mail}: 10,000 round invitations queued through the services (ten rounds of 1,000 people added
 * from a list), delivered by the app to an SMTP server on loopback (GreenMail behind a proxy that refuses new
 * connections for a while in the middle). Prints how fast the outbox empties once the server accepts again, every
 * message's Message-ID counted at the server (lost, duplicates), and, as a baseline from the same run, how fast
 * plain JavaMail sends to the same server in the same batches (warmed up first, measured right after the run).
 */
public final class MailBenchmark {

    private static final int MESSAGES = 10_000;
    private static final int PER_ROUND = 1_000;
    private static final int REFUSE_AFTER = 3_000;
    private static final long REFUSE_MS = 3_000;

    private MailBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
        try (RefusingSmtpProxy proxy = new RefusingSmtpProxy(server.getSmtp().getPort())) {
            baseline(proxy.port()); // warms up JavaMail, the proxy and GreenMail; measured again after the run
            server.purgeEmailFromAllMailboxes();
            Path data = Files.createTempDirectory(Path.of("target"), "bench-mail-");
            ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                    "--server.port=0", "--spring.profiles.active=demo", "--imc.data-dir=" + data.toAbsolutePath(),
                    "--logging.level.root=warn", "--logging.level.org.imcregistry=warn",
                    "--imc.mail.host=127.0.0.1", "--imc.mail.port=" + proxy.port(),
                    "--imc.mail.start-tls-required=false", "--imc.mail.first-retry=PT0.5S",
                    "--imc.mail.max-pause=PT2S", "--imc.mail.poll=PT0.5S",
                    "--imc.public-url=https://bench.example.org");
            try {
                run(app, server, proxy);
            } finally {
                app.close();
            }
        } finally {
            server.stop();
        }
    }

    private static void run(ConfigurableApplicationContext app, GreenMail server, RefusingSmtpProxy proxy)
            throws Exception {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        List<Long> rounds = openRounds(app);
        long queueStart = System.nanoTime();
        Thread queueing = Thread.ofPlatform().start(() -> {
            signIn(app);
            RoundRespondents respondents = app.getBean(RoundRespondents.class);
            long municipality = respondents.municipalities(rounds.getFirst()).getFirst().id();
            for (int r = 0; r < rounds.size(); r++) {
                List<NewRespondent> people = new ArrayList<>();
                for (int i = 0; i < PER_ROUND; i++) {
                    int n = r * PER_ROUND + i;
                    people.add(new NewRespondent("Person " + n, "person" + n + "@bench.example.org", municipality,
                            RespondentGroup.CITIZEN, i % 3 == 0 ? Locale.ENGLISH : Locale.forLanguageTag(i % 3 == 1
                                    ? "nb" : "pl")));
                }
                respondents.addAll(rounds.get(r), people);
            }
        });
        waitUntil(() -> sent(jdbc) >= REFUSE_AFTER, 300_000);
        proxy.refuse(true);
        long refusedAt = System.nanoTime();
        queueing.join();
        double queueSeconds = (System.nanoTime() - queueStart) / 1e9;
        Thread.sleep(Math.max(0, REFUSE_MS - (System.nanoTime() - refusedAt) / 1_000_000));
        int sentBefore = sent(jdbc);
        proxy.refuse(false);
        long acceptedAt = System.nanoTime();
        waitUntil(() -> sent(jdbc) >= MESSAGES, 600_000);
        double seconds = (System.nanoTime() - acceptedAt) / 1e9;
        double perSecond = (MESSAGES - sentBefore) / seconds;

        Set<String> ids = new HashSet<>();
        int received = 0;
        for (MimeMessage m : server.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().endsWith("@bench.example.org")) {
                received++;
                ids.add(m.getMessageID());
            }
        }
        double baseline = baseline(proxy.port());
        Integer retried = jdbc.queryForObject("select count(*) from outbox_message where attempts > 1", Integer.class);
        System.out.printf(Locale.ROOT, "queued %d in %.1f s (%.0f/s); server refused %d connections for %.1f s;"
                        + " %d left to send when it accepted again, sent in %.1f s; plain JavaMail baseline %.0f/s%n",
                MESSAGES, queueSeconds, MESSAGES / queueSeconds, proxy.refusedConnections(),
                (acceptedAt - refusedAt) / 1e9, MESSAGES - sentBefore, seconds, baseline);
        System.out.printf(Locale.ROOT, "BENCH mail messages=%d sent_per_s=%.0f lost=%d duplicates=%d retried=%d"
                        + " baseline_per_s=%.0f%n", MESSAGES, perSecond, MESSAGES - ids.size(), received - ids.size(),
                retried, baseline);
    }

    private static List<Long> openRounds(ConfigurableApplicationContext app) {
        signIn(app);
        PartnershipRegister register = app.getBean(PartnershipRegister.class);
        long sogn = register.find(new RegisterFilter("Sogn regionråd", null, null, null, null, null), 0, 1)
                .getFirst().id();
        long climate = app.getBean(FrameworkCatalog.class).all().stream()
                .filter(f -> f.key().equals("imc-partnership-climate")).findFirst().orElseThrow().id();
        List<Long> rounds = new ArrayList<>();
        for (int r = 0; r < MESSAGES / PER_ROUND; r++) {
            rounds.add(app.getBean(AssessmentRounds.class).open(new RoundViews.NewRound(sogn, climate,
                    "Bench round " + r, LocalDate.now().plusDays(30), AnswerVisibility.COORDINATOR_ONLY, List.of())));
        }
        return rounds;
    }

    private static void signIn(ConfigurableApplicationContext app) {
        var details = app.getBean(UserDetailsService.class).loadUserByUsername("coordinator");
        app.getBean(SecurityContextHolderStrategy.class).getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, "n/a", details.getAuthorities()));
    }

    private static int sent(JdbcTemplate jdbc) {
        Integer n = jdbc.queryForObject("select count(*) from outbox_message where status = 'SENT'", Integer.class);
        return n == null ? 0 : n;
    }

    /** Plain JavaMail to the same server: 2,000 messages in batches of 100, one connection a batch. */
    private static double baseline(int port) throws Exception {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        int total = 2_000;
        long start = System.nanoTime();
        for (int b = 0; b < total / 100; b++) {
            MimeMessage[] batch = new MimeMessage[100];
            for (int i = 0; i < batch.length; i++) {
                batch[i] = sender.createMimeMessage();
                var helper = new org.springframework.mail.javamail.MimeMessageHelper(batch[i], true, "UTF-8");
                helper.setFrom("no-reply@bench.example.org");
                helper.setTo("baseline" + i + "@baseline.example.org");
                helper.setSubject("Baseline " + b + "/" + i);
                helper.setText("Plain text part with a link https://bench.example.org/respond/x",
                        "<p>HTML part with a <a href=\"https://bench.example.org/respond/x\">link</a></p>");
            }
            sender.send(batch);
        }
        return total / ((System.nanoTime() - start) / 1e9);
    }

    private static void waitUntil(java.util.function.BooleanSupplier done, long timeoutMs) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMs;
        while (!done.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(50);
        }
    }
}
