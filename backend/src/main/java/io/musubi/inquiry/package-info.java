/**
 * Inquiries: conversation threads between two companies about a profile, a need or a capacity listing
 * ({@code /api/inquiries}, with messages, unread counts and closing). It owns the tables {@code inquiry},
 * {@code inquiry_message} and {@code inquiry_read}. It exposes nothing but {@code Correspondence}, its implementation
 * of {@code company.InquiryCorrespondence} (whether a company has written to another, for contact visibility); it
 * depends on {@code company} and {@code opportunity} for the subject and its owner and on {@code account} for display
 * names and {@code ConfirmedSenders}. A thread exists only for its two companies (404 to anyone else); the firm behind
 * an anonymous need stays hidden from the sender until it replies; only accounts with a confirmed e-mail address may
 * start a thread or write in one. Each new message notifies the other company ({@code InquiryNotices}, through
 * {@code notification}).
 */
package io.musubi.inquiry;
