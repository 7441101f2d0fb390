package org.onedoor.bridge.display;

import java.io.IOException;

/**
 * The line works but one board did not do what was asked: it did not answer, refused, or cannot
 * show that text. The bus stays online; the error is reported with it.
 */
public class BoardException extends IOException {

    public BoardException(String message) {
        super(message);
    }
}
