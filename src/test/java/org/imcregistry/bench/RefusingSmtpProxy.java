package org.imcregistry.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An SMTP server that can be told to refuse, as a real one does when overloaded: in front of GreenMail, it passes
 * connections through, or greets new ones with "421 try again later" and hangs up. Sessions already open finish,
 * so a refusal never cuts a message in half.
 */
final class RefusingSmtpProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int targetPort;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private volatile boolean refusing;
    private volatile int refused;

    RefusingSmtpProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::accept);
    }

    int port() {
        return listener.getLocalPort();
    }

    void refuse(boolean refuse) {
        this.refusing = refuse;
    }

    int refusedConnections() {
        return refused;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (refusing) {
                    refused++;
                    try (client) {
                        client.getOutputStream().write("421 4.3.2 Too busy, try again later\r\n"
                                .getBytes(StandardCharsets.US_ASCII));
                    }
                    continue;
                }
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                threads.execute(() -> pipe(client, server));
                threads.execute(() -> pipe(server, client));
            } catch (IOException e) {
                // the listener closed, or one client failed: go on with the next
            }
        }
    }

    private static void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // the other side hung up
        } finally {
            try {
                from.close();
                to.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        threads.shutdownNow();
    }
}
