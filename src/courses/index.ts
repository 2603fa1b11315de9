export { courseEnd, courseAttendance, type CourseEndResult, type CourseAttendanceResult, type CourseEndInput, type CourseAttendanceInput } from "./course.js";
