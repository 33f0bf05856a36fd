package org.citybridge.browser;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A proxy that every request of the browser goes through, relaying it to the application, which a test cuts and
 * restores: while cut, every connection is closed, so that the page and its service worker alike lose the server.
 * (DevTools' offline emulation is set on the page; whether it also holds its service worker's own requests differs
 * between Chromium versions.)
 */
final class NetworkSwitch implements AutoCloseable {

    private final ServerSocket listener;
    private final int applicationPort;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "network-switch");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger relayed = new AtomicInteger();
    private volatile boolean cut;

    NetworkSwitch(int applicationPort) throws IOException {
        this.applicationPort = applicationPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::accept);
    }

    /** Chromium's flags to send everything through this proxy, the application on localhost included. */
    List<String> chromiumArguments() {
        return List.of("--proxy-server=http://127.0.0.1:" + listener.getLocalPort(), "--proxy-bypass-list=<-loopback>");
    }

    void cut() {
        cut = true;
        connections.forEach(this::close);
    }

    /** How many connections were relayed: none means the browser went around the switch. */
    int relayed() {
        return relayed.get();
    }

    void restore() {
        cut = false;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket browser = listener.accept();
                if (cut) {
                    close(browser);
                } else {
                    threads.execute(() -> relay(browser));
                }
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** An absolute-form request line ("GET http://localhost:port/path") is one Tomcat reads as it is. */
    private void relay(Socket browser) {
        try {
            Socket application = new Socket(InetAddress.getLoopbackAddress(), applicationPort);
            connections.add(browser);
            connections.add(application);
            relayed.incrementAndGet();
            AtomicInteger directions = new AtomicInteger(2);
            threads.execute(() -> pump(browser, application, directions));
            pump(application, browser, directions);
        } catch (IOException refused) {
            close(browser);
        }
    }

    private void pump(Socket from, Socket to, AtomicInteger directions) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
            to.shutdownOutput();
        } catch (IOException broken) {
            close(from);
            close(to);
        }
        if (directions.decrementAndGet() == 0) {
            close(from);
            close(to);
        }
    }

    private void close(Socket socket) {
        connections.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing it is all that was wanted
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        cut();
        threads.shutdownNow();
    }
}
