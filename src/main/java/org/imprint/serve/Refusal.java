package org.imprint.serve;

import java.util.List;

/**
 * A request the server will not carry out, as an RFC 9457 problem: the HTTP status, a short
 * title, and what is wrong in words a client's author can act on.
 */
final class Refusal extends Exception {

    private final int status;
    private final String type;
    private final String title;
    private final List<String> messages;

    /**
     * @param type     the problem's kind, the last part of its type URI
     * @param messages the messages as the command line prints them, when the report is at fault
     */
    Refusal(int status, String type, String title, String detail, List<String> messages) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.messages = List.copyOf(messages);
    }

    Refusal(int status, String type, String title, String detail) {
        this(status, type, title, detail, List.of());
    }

    int status() {
        return status;
    }

    String type() {
        return type;
    }

    String title() {
        return title;
    }

    List<String> messages() {
        return messages;
    }

    /** An upload too large, packed or unpacked. */
    static Refusal tooLarge(String detail) {
        return new Refusal(413, "too-large", "Upload too large", detail);
    }

    /** An upload that is not a zip of one report folder. */
    static Refusal badUpload(String detail) {
        return new Refusal(422, "bad-upload", "Not a zip of one report folder", detail);
    }
}
