package org.onedoor.device;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import org.hibernate.LockMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.onedoor.common.OnContext;
import org.onedoor.common.Problem;
import org.onedoor.common.RandomTokens;
import org.onedoor.common.Sha256;
import org.onedoor.security.StaffAccess;

/**
 * Pairing by code: a screen or kiosk set up by a technician with no keyboard skills shows six
 * digits; the admin types them into /admin and says what the device is; the device collects its
 * token once. Codes are short, so they live ten minutes and only 200 may wait at a time. Asking
 * is public: when the list is full, the client address holding more than
 * {@link #WAITING_PER_ADDRESS} of them gives up its oldest (its screen asks again), so one machine
 * asking in a loop cannot crowd out the others; many screens behind one address (a center's NAT)
 * lose nothing while the list has room.
 */
@ApplicationScoped
public class PairingService {

    static final Duration LIFETIME = Duration.ofMinutes(10);
    static final int MAX_WAITING = 200;
    static final int WAITING_PER_ADDRESS = 10;
    /** Draws of a code before a request is answered "ask again". */
    static final int CODE_TRIES = 5;

    private final SecureRandom random = new SecureRandom();

    /** What a device gets: the code to show, the secret to collect its token with. */
    public record Request(String code, String secret, Instant expiresAt) {
    }

    @Inject
    DeviceService devices;

    @Inject
    Clock clock;

    @Inject
    PairingClaims claims;

    @Inject
    StaffAccess access;

    /** A code for the device at {@code clientAddress} (null when unknown). */
    @WithTransaction
    public Uni<Request> request(String clientAddress) {
        // the column holds 64 (an IPv6 address with a zone fits)
        String address = clientAddress == null || clientAddress.length() <= 64 ? clientAddress : clientAddress.substring(0, 64);
        return Panache.getSession().chain(s -> s.createMutationQuery("delete from Pairing where expiresAt < :now")
                        .setParameter("now", clock.instant()).executeUpdate())
                .chain(() -> Panache.getSession().chain(s -> s.createSelectionQuery("select count(*) from Pairing", Long.class)
                        .getSingleResult()))
                .chain(waiting -> waiting < MAX_WAITING ? Uni.createFrom().voidItem() : Panache.getSession()
                        // the list is full: the address holding more than its share gives up its oldest code
                        // (device_id checked again outside the subquery: a claim may have paired it meanwhile)
                        .chain(s -> s.createNativeQuery("DELETE FROM pairing WHERE device_id IS NULL AND code = (SELECT code FROM pairing"
                                        + " WHERE device_id IS NULL AND address = (SELECT address FROM pairing WHERE device_id IS NULL"
                                        + " AND address IS NOT NULL GROUP BY address HAVING count(*) > :share ORDER BY count(*) DESC LIMIT 1)"
                                        + " ORDER BY created_at LIMIT 1)")
                                .setParameter("share", WAITING_PER_ADDRESS).executeUpdate())
                        .invoke(dropped -> {
                            if (dropped == 0) {
                                throw Problem.conflict(DeviceProblems.class, w -> w.tooManyPairing());
                            }
                        }).replaceWithVoid())
                .chain(() -> newCode(address, CODE_TRIES));
    }

    /**
     * A code no waiting screen has. With the list full (200 of a million) one draw in 5,000 meets a
     * code in use: answered 409, a screen asks again, but PairingTest's flood of 220 requests met it
     * in a few runs out of a hundred, so another code is drawn first; the 409 is left for a run of bad luck.
     */
    private Uni<Request> newCode(String address, int tries) {
        Pairing p = new Pairing();
        p.code = String.format("%06d", random.nextInt(1_000_000));
        String secret = RandomTokens.urlSafe(24);
        p.secretHash = Sha256.hex(secret);
        p.createdAt = clock.instant();
        p.expiresAt = p.createdAt.plus(LIFETIME);
        p.address = address;
        return Panache.getSession().chain(s -> s.find(Pairing.class, p.code)).chain(taken -> {
            if (taken == null) {
                return Panache.getSession().chain(s -> s.persist(p)).replaceWith(new Request(p.code, secret, p.expiresAt));
            }
            if (tries <= 1) {
                throw Problem.conflict(DeviceProblems.class, w -> w.askCodeAgain());
            }
            return newCode(address, tries - 1);
        });
    }

    /**
     * The admin's side: the code shown on the device becomes a paired device of the center. The
     * try is counted first, in a statement of its own, so that a wrong code stays counted when
     * the claim's transaction rolls back.
     */
    public Uni<DeviceView> claim(String centerCode, String code, DeviceRequest request) {
        if (request.kind() == DeviceKind.BRIDGE) {
            // a code is shown by a browser: its token would go to a page, not to the bridge program
            throw Problem.badRequest(DeviceProblems.class, w -> w.bridgeNotByCode());
        }
        String claimant = access.username();
        boolean[] shown = {false};
        return OnContext.ofCaller(claims.take(claimant))
                .chain(() -> Panache.withTransaction(() -> consume(centerCode, code, request, shown)))
                // a code a device showed is no wrong try, even if the device's details were refused
                .onTermination().call(() -> shown[0] ? OnContext.ofCaller(claims.rightCode(claimant)) : Uni.createFrom().voidItem());
    }

    private Uni<DeviceView> consume(String centerCode, String code, DeviceRequest request, boolean[] shown) {
        // locked: two administrators typing the same code pair one device, not two
        return Panache.getSession().chain(s -> s.find(Pairing.class, code == null ? "" : code.replaceAll("\\D", ""),
                        LockMode.PESSIMISTIC_WRITE))
                .chain(p -> {
                    if (p == null || p.expiresAt.isBefore(clock.instant()) || p.deviceId != null) {
                        throw Problem.notFound(DeviceProblems.class, w -> w.noDeviceShowsCode(code));
                    }
                    shown[0] = true;
                    // joins this transaction: the device exists only if the code is consumed with it
                    return devices.pair(centerCode, request).invoke(view -> {
                        p.deviceId = Long.valueOf(view.id());
                        p.token = view.token();
                    }).map(DeviceView::withoutToken);
                });
    }

    /**
     * The device's side: its token once it is paired (then forgotten here), empty while waiting.
     * A screen asks every few seconds for ten minutes, and a page that moves on drops the question
     * it had in flight: the asking reads without a transaction, so that a dropped one leaves none
     * open (Hibernate Reactive would log it as an error); only the last, which hands the token
     * over, writes.
     */
    @WithSession
    public Uni<Optional<String>> collect(String secret) {
        return paired(secret, LockModeType.NONE).chain(p -> p.token == null ? Uni.createFrom().item(Optional.<String>empty())
                : Panache.withTransaction(() -> paired(secret, LockModeType.PESSIMISTIC_WRITE).chain(locked -> {
                    if (locked.token == null) {
                        return Uni.createFrom().item(Optional.<String>empty());
                    }
                    String token = locked.token;
                    return Panache.getSession().chain(s -> s.remove(locked)).replaceWith(Optional.of(token));
                })));
    }

    /** The device's pairing; 404 when there is none, or it ran out unpaired (a handed-over one is gone). */
    private Uni<Pairing> paired(String secret, LockModeType lock) {
        return Panache.getSession().chain(s -> s.createSelectionQuery("from Pairing where secretHash = :h", Pairing.class)
                        .setParameter("h", Sha256.hex(secret == null ? "" : secret)).setLockMode(lock).getSingleResultOrNull())
                .invoke(p -> {
                    if (p == null || p.expiresAt.isBefore(clock.instant()) && p.token == null) {
                        throw Problem.notFound(DeviceProblems.class, w -> w.pairingUnknown());
                    }
                });
    }
}
