package org.onedoor.common;

/**
 * What a browser sees at an address nothing serves: a page in the staff pages' style, in the
 * visitor's language, with the way back. Its words are the server's own (nothing of the address
 * asked for is written into it), so it needs no escaping.
 */
final class NotFoundPage {

    private NotFoundPage() {
    }

    static String html(String language, String detail, String back) {
        return "<!DOCTYPE html>\n<html lang=\"" + language + "\">\n<head>\n<meta charset=\"utf-8\">\n<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + detail + "</title>\n"
                + "<link rel=\"stylesheet\" href=\"/staff/css/staff.css\">\n</head>\n<body class=\"login\">\n<main>\n"
                + "<div class=\"card\"><h1>404</h1><p id=\"problem\">" + detail + "</p><p><a href=\"/login\">" + back + "</a></p></div>\n"
                + "</main>\n</body>\n</html>\n";
    }
}
