package org.onedoor.device;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** A device waiting to be paired by code (see V6__pairing.sql). */
@Entity
public class Pairing {

    @Id
    public String code;

    public String secretHash;
    public Instant createdAt;
    public Instant expiresAt;
    /** Set when an admin has paired the device: the token waits here until the device collects it. */
    public Long deviceId;
    public String token;
    /** The client address that asked for the code (null when unknown). */
    public String address;
}
