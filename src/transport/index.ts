export { transportOwnPayment, type TransportOwnPaymentResult, type TransportInput } from "./transport.js";
