package org.onedoor.security;

/**
 * A sign-in (the form, or HTTP Basic on any request) that was refused: a wrong password, a name no
 * one has, a switched-off account, and the one that locks a name or an address. The audit
 * log keeps it, so a manager sees who is being guessed at, and from where.
 *
 * @param username the name tried, as typed
 * @param known    whether an account has that name
 * @param centerId the center of the account with that name; null for none (or an administrator)
 * @param address  the client's address, or null
 * @param path     the address that was asked for with the credentials
 * @param locked   this refusal locked the name or the address (the refusals while it stays locked
 *                 are not recorded: a guesser's flood would fill the log)
 */
public record SignInRefused(String username, boolean known, Long centerId, String address, String path, boolean locked) {
}
