package org.onedoor.bridge.display;

/**
 * How the bridge talks to numeric Modbus RTU boards.
 *
 * @param register      the holding register that holds the number (0 on the boards we know)
 * @param timeoutMillis how long to wait for a board's echo before one retry
 * @param digits        how many digits the boards have: the last ones of a ticket number are shown
 */
public record ModbusSettings(int register, int timeoutMillis, int digits) {

    public static final ModbusSettings DEFAULT = new ModbusSettings(0, 250, 4);
}
