fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let paths: Vec<String> = args
        .iter()
        .skip(1)
        .filter(|a| !a.starts_with("--") && a.as_str() != "json")
        .cloned()
        .collect();
    std::process::exit(copydesk::cli::check_json(&paths));
}
