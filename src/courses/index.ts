export { courseEnd, courseAttendance, transportOwnPayment, type CourseEndResult, type CourseAttendanceResult, type TransportOwnPaymentResult } from "./course.js";
