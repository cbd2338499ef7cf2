package org.imcregistry.mail;

import org.jspecify.annotations.Nullable;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.imcregistry.common.LogText;
import org.imcregistry.common.PublicLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers due messages in batches over one SMTP connection, on one instance at a time (a ShedLock row), right
 * after the commit that queued them and on a schedule for retries and for what a crash left behind. Delivery is
 * at least once: a message accepted by the server just before a crash goes again, with the same Message-ID.
 */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    private static final String LOCK = "mail-delivery";

    private final @Nullable JavaMailSenderImpl sender;
    private final OutboxMessageRepository messages;
    private final TransactionTemplate transactions;
    private final LockingTaskExecutor locks;
    private final MailSettings settings;
    private final Clock clock;
    private final String domain;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
            .name("mail-delivery").daemon().factory());
    private final AtomicBoolean passPending = new AtomicBoolean();
    private final SmtpBatch smtp;

    MailDelivery(ObjectProvider<JavaMailSenderImpl> sender, OutboxMessageRepository messages,
            TransactionTemplate transactions, LockingTaskExecutor locks, MailSettings settings, PublicLinks links,
            Clock clock) {
        this.sender = sender.getIfAvailable();
        this.messages = messages;
        this.transactions = transactions;
        this.locks = locks;
        this.settings = settings;
        this.clock = clock;
        this.domain = links.home().getHost();
        this.smtp = new SmtpBatch(this.sender, new MimeLetters(settings.from()));
    }

    boolean canDeliver() {
        return sender != null;
    }

    String messageIdDomain() {
        return domain;
    }

    /** Starts a delivery pass in the background unless one is already waiting to start. */
    void soon() {
        soon(0);
    }

    /**
     * While another pass holds the lock (the schedule's, or another instance's), it may already have looked for
     * due messages before this one's commit: try again a little later rather than leave the message to the poll.
     */
    private void soon(int retry) {
        if (sender != null && passPending.compareAndSet(false, true)) {
            worker.schedule(() -> {
                passPending.set(false);
                if (!deliverDue() && retry < 30) {
                    soon(retry + 1);
                }
            }, retry == 0 ? 0 : 1, TimeUnit.SECONDS);
        }
    }

    /** {@link #soon()} once the current transaction has committed, so the pass sees the new rows. */
    void soonAfterCommit() {
        if (sender == null) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    soon();
                }
            });
        } else {
            soon();
        }
    }

    @Scheduled(fixedDelayString = "${imc.mail.poll:PT15S}", initialDelayString = "${imc.mail.poll:PT15S}")
    void poll() {
        if (sender != null) {
            deliverDue();
        }
    }

    /**
     * Sends what is due now. Returns false, having done nothing, when another pass (here or on another instance)
     * holds the lock.
     */
    boolean deliverDue() {
        try {
            return locks.executeWithLock(() -> {
                drain();
                return Boolean.TRUE;
            }, new LockConfiguration(ClockProvider.now(), LOCK, Duration.ofMinutes(10), Duration.ZERO)).wasExecuted();
        } catch (Throwable e) {
            log.error("Mail delivery pass stopped; the messages stay queued", e);
            return true;
        }
    }

    private void drain() {
        while (true) {
            List<OutboxMessage> batch = transactions.execute(s -> messages.findAllById(
                    messages.findDue(clock.instant(), PageRequest.of(0, settings.batchSize()))));
            if (batch == null || batch.isEmpty()) {
                return;
            }
            Map<Long, String> failures = smtp.send(batch);
            try {
                transactions.executeWithoutResult(s -> record(batch, failures));
            } catch (ObjectOptimisticLockingFailureException e) {
                return; // an administrator changed one meanwhile; the next pass sees the current state
            }
            if (failures.size() == batch.size() || batch.size() < settings.batchSize()) {
                return;
            }
        }
    }

    private void record(List<OutboxMessage> batch, Map<Long, String> failures) {
        var now = clock.instant();
        for (OutboxMessage sent : messages.findAllById(batch.stream().map(OutboxMessage::getId).toList())) {
            String error = failures.get(sent.getId());
            if (error == null) {
                sent.sent(now);
            } else {
                sent.failed(now, error, settings.pauseAfter(sent.getAttempts() + 1), settings.giveUpAfter());
                if (sent.getStatus() == MailStatus.FAILED) {
                    log.warn("Mail #{} ({}) given up after {} attempts: {}", sent.getId(), sent.getKind(),
                            sent.getAttempts(), LogText.withoutAddresses(error));
                }
            }
        }
        if (!failures.isEmpty()) {
            log.info("{} of {} messages not sent this time, retried later: {}", failures.size(), batch.size(),
                    LogText.withoutAddresses(String.valueOf(failures.values().iterator().next())));
        }
    }
}
