declare module 'vnu-jar' {
	/** The path of the Nu Html Checker's jar file. */
	const jarPath: string
	export default jarPath
}
